/// Who reads the Bartender's named exports from outside this app: the real system's
/// templates export them for its web frontend build and deploy scripts, so they stay
/// exported although no stack here imports them (no SG401).
let outsideConsumers = "the web frontend build and deploy scripts"
