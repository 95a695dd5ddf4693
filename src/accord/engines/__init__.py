"""Where annotation runs. The local engine is `accord.pipeline` itself (worker processes on this
machine); `ray_engine` spreads the same work over a Ray cluster. Both hand their results to
`pipeline.ingest_items`, so every engine stores exactly the same thing and reports it the same way.
"""
