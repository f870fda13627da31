// clu-vcsim: govmomi's vCenter simulator (vcsim) as a test peer for cl-uploader's tests.
//
// It starts vcsim's VPX model with the vAPI REST endpoint (/rest) on loopback, prints one JSON
// line on stdout (URL, port, certificate fingerprint, datastore ids and their local directories)
// and serves until stdin closes or it gets SIGTERM/SIGINT; then it removes the datastore
// directories. Built from Debian's golang-github-vmware-govmomi-dev in GOPATH mode, offline.
package main

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"flag"
	"io"
	"log"
	"math/big"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/vmware/govmomi/simulator"
	_ "github.com/vmware/govmomi/vapi/simulator" // mounts /rest (vAPI, content library)
)

// rsaCertificate makes a self-signed certificate for 127.0.0.1 with an RSA key of the given
// size. vcsim's own (httptest's) has a 1024-bit key, which OpenSSL at security level 2 refuses.
func rsaCertificate(bits int) tls.Certificate {
	key, err := rsa.GenerateKey(rand.Reader, bits)
	if err != nil {
		log.Fatal(err)
	}
	tmpl := x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:     []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, &tmpl, &tmpl, &key.PublicKey, key)
	if err != nil {
		log.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

type datastore struct {
	ID   string `json:"id"`
	Path string `json:"path"`
}

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on")
	keyBits := flag.Int("rsa-bits", 0, "serve a generated certificate with an RSA key of this size (0: vcsim's built-in one)")
	flag.Parse()

	model := simulator.VPX()
	if err := model.Create(); err != nil {
		log.Fatal(err)
	}
	defer model.Remove()
	model.Service.Listen = &url.URL{Host: *listen}
	model.Service.TLS = new(tls.Config)
	if *keyBits > 0 {
		model.Service.TLS.Certificates = []tls.Certificate{rsaCertificate(*keyBits)}
	}
	model.Service.RegisterEndpoints = true
	server := model.Service.NewServer()
	defer server.Close()

	var stores []datastore
	for _, ref := range simulator.Map.All("Datastore") {
		// vcsim's datastore id is "<local directory>[@<folder>]"; library files land below it.
		id := ref.Reference().Value
		stores = append(stores, datastore{ID: id, Path: strings.SplitN(id, "@", 2)[0]})
	}
	fingerprint := sha256.Sum256(server.Certificate().Raw)
	out, _ := json.Marshal(map[string]interface{}{
		"url":             "https://" + server.URL.Host,
		"port":            server.URL.Port(),
		"cert_sha256":     strings.ToUpper(hex.EncodeToString(fingerprint[:])),
		"cert_key_bits":   server.Certificate().PublicKey.(*rsa.PublicKey).N.BitLen(),
		"datastores":      stores,
		"vcsim_ready_pid": os.Getpid(),
	})
	os.Stdout.Write(append(out, '\n'))

	done := make(chan struct{}, 2)
	go func() { _, _ = io.Copy(io.Discard, os.Stdin); done <- struct{}{} }()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	go func() { <-sig; done <- struct{}{} }()
	<-done
}
