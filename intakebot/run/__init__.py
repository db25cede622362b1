"""Running the pipeline: the composition root, the poll loop, the daemon's schedule, retention."""
