TITLE = "monthly report"
