static int cfg_static;
