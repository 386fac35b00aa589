-- rotate.lua at a paced rate: each connection waits PAUSE_MS after a response before its next request, so that C
-- connections send about C * 1000 / (PAUSE_MS + latency) requests/s instead of as many as the server can answer.
-- Usage: wrk ... -s paced.lua URL -- PATHS_FILE PAUSE_MS
-- (A separate script because wrk schedules every request through a timer once a script defines delay().)
-- The pause follows the response, as in any closed loop: when the server falls behind, a slow response delays the
-- requests behind it and the percentiles hide that queueing; compare the achieved rate with the target.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "rotate.lua")

function delay()
  return pause_ms
end
