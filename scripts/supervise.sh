# Process supervision for scripts/start.sh (sourced): each process runs in its own restart loop, so a crash of the
# web app neither stops the workers (and the chunks they are running) nor stays down, and the reverse.
# For production, a real supervisor is still better (README: "Running in production").

# supervise NAME COMMAND [ARGS...]: runs COMMAND, and again whenever it exits (crash, OOM kill, or a clean exit:
# only a signal to this loop stops it), after 1, 2, 4 ... 30 s; a run that lasted a minute resets the delay.
# Meant to run in the background (`supervise web node ... &`); SIGTERM/SIGINT stops the command, then the loop.
# COMMAND stays in this process group, so whatever ends the group (a terminal closed, a SIGKILL to the group, as
# Playwright sends to its web server) ends it too: no orphan keeps a port. A Ctrl-C or a SIGTERM to the whole group
# reaches COMMAND directly and again from here within milliseconds; the node programs ignore a repeat within 2 s
# (workers/shutdown.ts), so they shut down once; another Ctrl-C more than 2 s later is passed on: "exit now".
# A command that keeps failing fast (SUPERVISE_FAST_FAILURES runs in a row, default 5, each under 10 s: a taken
# port, a bad flag) is given up on: the loop exits 1 and wait_for_supervisors stops the rest. If start.sh itself is
# gone (SIGKILL), the loop stops instead of restarting a command nobody supervises any more.
supervise() {
  local name="$1"
  shift
  local child="" stopping=0 stop_at=0 delay=1 restarts=0 fast_failures=0 started status
  local max_fast_failures="${SUPERVISE_FAST_FAILURES:-5}" parent=$$
  # The first signal is passed on; a repeat within 2-3 s (SECONDS ticks in whole seconds) is not: the main shell's
  # trap signals this loop again after a group-wide one. A later one is (a second Ctrl-C: the command exits at once).
  trap 'if ((stopping == 0 || SECONDS - stop_at >= 3)); then
          ((stopping == 0)) && stop_at=$SECONDS; stopping=1; [[ -n "$child" ]] && kill -TERM "$child" 2>/dev/null
        fi' TERM INT
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
    if ! kill -0 "$parent" 2>/dev/null; then
      printf '\033[1;31m==>\033[0m %s exited with status %s and start.sh is gone: not restarting it\n' \
        "$name" "$status" >&2
      exit 1
    fi
    ((SECONDS - started >= 60)) && delay=1
    if ((SECONDS - started < 10)); then fast_failures=$((fast_failures + 1)); else fast_failures=0; fi
    if ((fast_failures >= max_fast_failures)); then
      printf '\033[1;31m==>\033[0m %s exited with status %s %s times in a row within 10 s of starting: giving up\n' \
        "$name" "$status" "$fast_failures" >&2
      exit 1
    fi
    restarts=$((restarts + 1))
    printf '\033[1;33m==>\033[0m %s exited with status %s; restarting it in %s s (restart %s)\n' \
      "$name" "$status" "$delay" "$restarts" >&2
    sleep "$delay" &
    wait $! 2>/dev/null
    delay=$((delay * 2 > 30 ? 30 : delay * 2))
  done
  exit 0
}

# Waits for the background supervisors. Ctrl-C or SIGTERM stops them all (each stops its command first), exit 0.
# A supervisor that gives up stops the others too, and start.sh exits 1, so a service manager sees the failure.
wait_for_supervisors() {
  local pids status=0
  pids="$(jobs -p | tr "\n" " ")"
  # shellcheck disable=SC2086
  trap "trap '' INT TERM; kill -TERM $pids 2>/dev/null || true; wait; exit 0" INT TERM
  # `wait -n` returns when the first supervisor exits: a supervisor only exits on its own when it gave up.
  # (start.sh runs under `set -e`: a bare failing `wait -n` would exit at once and leave the other process running.)
  wait -n && status=0 || status=$?
  trap '' INT TERM
  printf '\033[1;31m==>\033[0m a process could not be kept running: stopping the others\n' >&2
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  wait
  exit $((status == 0 ? 1 : status))
}
