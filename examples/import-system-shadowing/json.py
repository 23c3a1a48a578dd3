"""Notes on the JSON files of this project (an unlucky file name)."""
