VALUE = "sub value"
