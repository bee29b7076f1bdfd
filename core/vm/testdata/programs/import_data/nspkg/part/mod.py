value = 'namespace module'
