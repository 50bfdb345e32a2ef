//go:build !race

package cradle

const raceDetector = false
