WHO = "namespace part"
