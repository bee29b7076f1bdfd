//go:build linux && !amd64 && !arm64

package xi

// sysGetcpu is getcpu(2)'s system call number: 0, unknown here (cpuNow
// then says -1 and spinning learns without it).
const sysGetcpu = 0
