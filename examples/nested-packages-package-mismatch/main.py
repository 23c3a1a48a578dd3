import tools.report
