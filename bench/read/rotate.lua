-- wrk script: rotates over the request paths listed in a file (one per line), so that a run is not one cached URL,
-- and counts every response that is not 2xx as an error (wrk itself only counts >= 400... and only as "Non-2xx or
-- 3xx"). Usage: wrk ... -s rotate.lua URL -- PATHS_FILE [PAUSE_MS]
-- Each thread starts at its own offset of the list. done() prints one line, "RESULT key=value ...", for bench-api.sh.
-- PAUSE_MS is read by paced.lua, which adds the pause.

local paths = {}
local counter = 1
local threads = {}
-- Globals, not locals: done() reads them from each thread's state with thread:get, which sees globals only.
pause_ms = 0
non2xx = 0
body_bytes = 0
responses = 0

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

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
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

function response(status, headers, body)
  responses = responses + 1
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  if body then body_bytes = body_bytes + #body end
end

function done(summary, latency, requests)
  local bad, seen, bytes = 0, 0, 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non2xx") or 0)
    seen = seen + (t:get("responses") or 0)
    bytes = bytes + (t:get("body_bytes") or 0)
  end
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f " ..
    "non2xx=%d connect_err=%d read_err=%d write_err=%d timeouts=%d bytes=%d body_bytes=%d responses=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    bad, e.connect, e.read, e.write, e.timeout, summary.bytes, bytes, seen))
end
