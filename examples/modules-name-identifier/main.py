import my-tool
