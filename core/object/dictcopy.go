package object

import "slices"

// Helpers that let interpreter creation build namespaces with few
// allocations: copying a process-wide template namespace and sizing a
// dict for the entries about to be added.

// Copy returns a new dict with d's items in d's order (d is not written:
// d may be a process-wide immutable template).
func (d *Dict) Copy() *Dict {
	c := &Dict{Header: Header{DictType}, KeysVersion: 1}
	if d.used == len(d.entries) && len(d.indices) == tableSize(d.used) {
		c.entries = slices.Clone(d.entries)
		c.indices = slices.Clone(d.indices)
		c.used = d.used
		return c
	}
	c.Reserve(d.used)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			c.setItemHash(nil, e.key, e.hash, e.value)
		}
	}
	return c
}

// tableSize is the smallest index table that holds n entries.
func tableSize(n int) int {
	size := dkMin
	for size*2 < n*3 {
		size <<= 1
	}
	return size
}

// Reserve makes room for n entries in total without further resizing.
func (d *Dict) Reserve(n int) {
	if n*3 <= len(d.indices)*2 && cap(d.entries) >= n {
		return
	}
	size := tableSize(n)
	entries := make([]dictEntry, 0, n)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			entries = append(entries, e)
		}
	}
	d.entries = entries
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = dkEmpty
	}
	mask := uint64(size - 1)
	for ix, e := range entries {
		i := uint64(e.hash) & mask
		perturb := uint64(e.hash)
		for d.indices[i] != dkEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.indices[i] = int32(ix)
	}
	d.KeysVersion++
}

// NewModuleDict returns a module whose namespace is d (which holds its
// __name__ already).
func NewModuleDict(d *Dict) *Module { return &Module{Header{ModuleType}, d} }
