package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/serve"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", stderr)
	opt := serve.Options{Log: stderr}
	var site siteFlags
	site.register(fs, flagRoot|flagContent|flagBCD|flagBaseURL|flagStrict)
	fs.StringVar(&opt.Addr, "addr", "127.0.0.1:1313", "address to listen on; anything but loopback exposes the preview to the network")
	fs.BoolVar(&opt.Build.Translator, "translator", false, "highlight text shown in English on translated pages")
	pseudo := fs.Bool("pseudo", false, "also serve the pseudo-locale "+i18n.PseudoLocale+": catalog strings accented and lengthened")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opt.Build = site.options(opt.Build)
	if *pseudo {
		opt.Build.Pseudo = i18n.PseudoLocale
	}
	if !serve.IsLoopback(opt.Addr) {
		fmt.Fprintf(stderr, "doku: warning: %s is not a loopback address: anyone who can reach this machine can read the preview\n", opt.Addr)
	}
	srv, err := serve.New(opt)
	if err != nil {
		fmt.Fprintf(stderr, "doku: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err = srv.Run(ctx, func(addr string) {
		fmt.Fprintf(stdout, "doku: serving http://%s/ (Ctrl-C stops)\n", addr)
	})
	if err != nil {
		fmt.Fprintf(stderr, "doku: %v\n", err)
		return 1
	}
	return 0
}
