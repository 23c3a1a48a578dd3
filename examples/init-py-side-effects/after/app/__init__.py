"""The app package. Importing it does nothing else."""
