// An empty translation unit: a demo library made only of generated data (a route table) still needs one to be
// a static library its resources can be attached to.
