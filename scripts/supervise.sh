# Process supervision for scripts/start.sh (sourced): each process runs in its own restart loop, so a crash of the
# web app neither stops the workers (and the chunks they are running) nor stays down, and the reverse.
# For production, a real supervisor is still better (README: "Running in production").

# supervise NAME COMMAND [ARGS...]: runs COMMAND, and again whenever it exits (crash, OOM kill, or a clean exit:
# only a signal to this loop stops it), after 1, 2, 4 ... 30 s; a run that lasted a minute resets the delay.
# Meant to run in the background (`supervise web node ... &`); SIGTERM/SIGINT stops the command, then the loop.
supervise() {
  local name="$1"
  shift
  local child="" stopping=0 delay=1 restarts=0 started status
  # shellcheck disable=SC2064
  trap 'stopping=1; [[ -n "$child" ]] && kill -TERM "$child" 2>/dev/null' TERM INT
  set +e
  while ((stopping == 0)); do
    started=$SECONDS
    "$@" &
    child=$!
    wait "$child"
    status=$?
    # A trapped signal interrupts `wait` before the child is gone: wait for the child itself to finish.
    while kill -0 "$child" 2>/dev/null; do wait "$child"; status=$?; done
    child=""
    ((stopping == 1)) && break
    ((SECONDS - started >= 60)) && delay=1
    restarts=$((restarts + 1))
    printf '\033[1;33m==>\033[0m %s exited with status %s; restarting it in %s s (restart %s)\n' \
      "$name" "$status" "$delay" "$restarts" >&2
    sleep "$delay" &
    wait $! 2>/dev/null
    delay=$((delay * 2 > 30 ? 30 : delay * 2))
  done
  exit 0
}

# Waits for the background supervisors; Ctrl-C or SIGTERM stops them all (each stops its command first).
wait_for_supervisors() {
  local pids
  pids="$(jobs -p | tr "\n" " ")"
  # shellcheck disable=SC2086
  trap "kill -TERM $pids 2>/dev/null; wait; exit 0" INT TERM
  wait
}
