visible = "V"
_underscore = "U"
