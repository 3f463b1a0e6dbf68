// Package output is doku's last stage: it puts rendered files on disk as
// one atomic step.
//
// Open makes a temporary directory beside the final output under a lock;
// Write (a render.Sink) streams files into it, hard-linking those whose
// bytes the previous output already has (a SHA-256 manifest kept beside
// the output); WriteBundle, Precompress and Check finish it; Commit swaps
// it in (one renameat2 exchange on Linux), Discard throws it away. Until
// Commit returns, the previous output is untouched, whatever fails or
// whenever the process dies.
package output
