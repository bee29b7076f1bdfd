package xi

// sysGetcpu is getcpu(2)'s system call number.
const sysGetcpu = 309
