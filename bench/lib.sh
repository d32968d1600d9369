# Shared by the benchmark scripts (sourced, not run).

# A TCP port free on this machine now.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Waits up to <seconds> for the service on <port> (process <pid>, writing <log>) to be ready; shows the log and exits
# when the process ends first.
await_ready() {
  local port=$1 pid=$2 log=$3 seconds=$4
  for _ in $(seq 1 "$seconds"); do
    curl -fs "http://localhost:$port/q/health/ready" > /dev/null 2>&1 && return 0
    kill -0 "$pid" 2> /dev/null || { cat "$log"; exit 1; }
    sleep 1
  done
}
