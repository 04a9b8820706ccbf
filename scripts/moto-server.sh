# Sourced by the moto harnesses: starts the pinned moto server on 127.0.0.1 and waits until
# it answers. Sets `moto_server_pid`; the caller's EXIT trap stops it.
# Usage: start_moto_server PORT LOGFILE
start_moto_server() {
  .venv/bin/moto_server -H 127.0.0.1 -p "$1" >"$2" 2>&1 &
  moto_server_pid=$!
  for _ in $(seq 1 50); do
    if .venv/bin/python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$1/moto-api/')" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "moto server on port $1 did not answer; its log:" >&2
  cat "$2" >&2
  return 1
}
