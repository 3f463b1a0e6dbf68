package markdown

import (
	"html"
	"strings"
)

// An interactive example in WebAssembly text is a module in a wat block
// and a script that instantiates it, written against the placeholder
// {%wasm-url%}: WebAssembly.instantiateStreaming(fetch("{%wasm-url%}")).
// MDN's page shell compiles the text in the browser (with @mdn/watify),
// puts a data: URL of the module's bytes in place of the placeholder and
// runs the script as a module script.
//
// doku's frame does the same from files of the output: the text stands
// in the frame page in a <template>, which the browser never runs; the
// placeholder becomes a name beside the frame (_ix_.<n>.wasm, never
// written); the theme's ix-wat.js compiles the text with the data
// folder's compiler and answers the script's fetch of that name with the
// bytes, then loads the script. A data: URL would be refused by a policy
// of default-src 'self', and a real file could not be fetched from
// file://. A module script cannot be loaded from file:// either, so the
// script runs as a classic one, wrapped in an async function: that keeps
// what it relies on in a module (await at the top, strict mode, its
// names its own).

// wasmPlaceholder is what MDN's examples write for the module's URL.
const wasmPlaceholder = "{%wasm-url%}"

// watPolicy lets the frame compile WebAssembly ('wasm-unsafe-eval': the
// compiler and the example are WebAssembly) and nothing else beyond
// default-src 'self'. A meta policy can only narrow what a server's
// policy allows, so a server's own policy for these frames must allow
// 'wasm-unsafe-eval' too (doku serve's does).
const watPolicy = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">` + "\n"

// watRunner is the end of the frame page of an example in WebAssembly
// text: the text, the compiler and the script that runs the example
// (frame.js, when it has a script) once the text compiled. link gives a
// static file's URL.
func watRunner(frame, wat string, hasJS bool, link func(string) string) string {
	var b strings.Builder
	b.WriteString(`<template id="ix-wat" data-wasm="` + frame + `.wasm"`)
	if hasJS {
		b.WriteString(` data-script="` + frame + `.js"`)
	}
	b.WriteString(">")
	b.WriteString(html.EscapeString(wat))
	b.WriteString("</template>\n")
	for _, name := range []string{AssetWATCompiler, assetWAT} {
		if u := link(name); u != "" {
			b.WriteString(`<script src="` + html.EscapeString(u) + `"></script>` + "\n")
		}
	}
	return b.String()
}

// watScript is the example's script as the frame runs it: the
// placeholder named as the frame's module, every time it occurs (MDN
// replaces the first only; each names the one module), and the code in
// an async function, its first line kept on the first line so that
// errors name the lines of the code as shown.
func watScript(frame, js string) string {
	js = strings.TrimSuffix(strings.ReplaceAll(js, wasmPlaceholder, frame+".wasm"), "\n")
	return "(async () => { \"use strict\"; " + js + "\n})();\n"
}
