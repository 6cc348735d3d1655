"""spark-submit entry point for auditor.spark (spark-submit runs a file, not a module).

    spark-submit --master yarn --py-files auditor.zip jobs/spark_audit.py \
        hdfs:///crawl/warc.paths reports/audit.db --shards /shared/shards/
"""

from auditor.spark import main

if __name__ == "__main__":
    main()
