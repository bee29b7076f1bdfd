String that cannot be ëncodí²€d with surrogateescape
