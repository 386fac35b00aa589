-- wrk script: rotates over the request paths listed in a file (one per line), so that a run is not one cached URL.
-- Usage: wrk ... -s rotate.lua URL -- PATHS_FILE [PAUSE_MS]
-- Each thread starts at its own offset of the list. done() prints one line, "RESULT key=value ...", for bench-api.sh.
-- PAUSE_MS is read by paced.lua, which adds the pause.
--
-- No response() hook: wrk hands every body to such a hook as a Lua string, and copying 100-200 KB pages into Lua
-- cost wrk more CPU than the service spent answering them (on two cores, wrk and the service share the CPU: the
-- first page of /api/events measured 5,400 req/s, p99 114 ms with the hook and 19,300 req/s, p99 10 ms without).
-- Errors are wrk's own count of responses with status >= 400; bench-api.sh checks one response's status first.

local paths = {}
local counter = 1
pause_ms = 0

local function load(file)
  local list = {}
  local f = assert(io.open(file, "r"), "cannot open " .. tostring(file))
  for line in f:lines() do
    if line ~= "" then list[#list + 1] = line end
  end
  f:close()
  assert(#list > 0, "no paths in " .. file)
  return list
end

local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  paths = load(args[1])
  pause_ms = tonumber(args[2] or "0") or 0
  -- spread the threads over the list
  counter = (id * math.floor(#paths / 2)) % #paths + 1
end

function request()
  local path = paths[counter]
  counter = counter + 1
  if counter > #paths then counter = 1 end
  return wrk.format("GET", path, {["Accept"] = "application/json"})
end

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f " ..
    "status_err=%d connect_err=%d read_err=%d write_err=%d timeouts=%d bytes=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.status, e.connect, e.read, e.write, e.timeout, summary.bytes))
end
