package main

import (
	"bytes"
	"flag"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"
)

// profiles are the -cpuprofile and -memprofile flags: where doku spends
// its time and memory, for "go tool pprof" (see docs/performance.md).
type profiles struct{ cpu, mem string }

func (p *profiles) flags(fs *flag.FlagSet) {
	fs.StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile of the run to this file")
	fs.StringVar(&p.mem, "memprofile", "", "write a heap profile to this file, taken when the live heap was largest")
}

// start begins the CPU profile and the watch for the heap's peak; the
// returned stop ends both and writes the heap profile.
func (p *profiles) start() (stop func() error, err error) {
	var cpu *os.File
	if p.cpu != "" {
		if cpu, err = os.Create(p.cpu); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			cpu.Close()
			return nil, err
		}
	}
	var peak *heapPeak
	if p.mem != "" {
		peak = watchHeap()
	}
	return func() error {
		if cpu != nil {
			pprof.StopCPUProfile()
			if err := cpu.Close(); err != nil {
				return err
			}
		}
		if peak == nil {
			return nil
		}
		return os.WriteFile(p.mem, peak.stop(), 0o666)
	}, nil
}

// heapPeak keeps the heap profile of the moment the live heap was
// largest. A profile at the end of a run shows little: by then what the
// build held is garbage. Watching the live heap every 100 ms and taking a
// profile whenever it grew by a tenth since the last one catches what
// was held at the peak, within a tenth.
type heapPeak struct {
	done    chan struct{}
	stopped chan []byte
}

func watchHeap() *heapPeak {
	h := &heapPeak{done: make(chan struct{}), stopped: make(chan []byte)}
	go h.watch()
	return h
}

func (h *heapPeak) watch() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var best uint64
	var prof []byte
	take := func() {
		var b bytes.Buffer
		if err := pprof.Lookup("heap").WriteTo(&b, 0); err == nil {
			prof = b.Bytes()
		}
	}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
			metrics.Read(sample)
			if live := sample[0].Value.Uint64(); live > best+best/10 {
				best = live
				take()
			}
		case <-h.done:
			if prof == nil {
				runtime.GC()
				take()
			}
			h.stopped <- prof
			return
		}
	}
}

// stop ends the watch and returns the profile of the peak.
func (h *heapPeak) stop() []byte {
	close(h.done)
	return <-h.stopped
}
