// The declaration is all: the definition comes from libFuzzer at link time.
