//go:build race

package cradle

const raceDetector = true
