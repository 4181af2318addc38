-- wrk script for bench/web's cold cases: the first N requests a site answers, spread over all
-- connections, cycling through the given paths with gzip accepted; each of the T wrk threads stops
-- after its share of N answers. done() prints "requests p50 p99 max errors" (ms), for bench/web's table.
-- usage: wrk -t T -c C -d 30s --timeout 30s -s bench/lib/first-requests.lua URL -- N T PATH...
local share, paths, i, answered = 0, {}, 0, 0

function init(args)
  share = math.ceil(tonumber(args[1]) / tonumber(args[2]))
  for k = 3, #args do paths[#paths + 1] = args[k] end
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i - 1) % #paths + 1], { ["Accept-Encoding"] = "gzip" })
end

function response(status, headers, body)
  answered = answered + 1
  if answered >= share then wrk.thread:stop() end
end

-- Runs in wrk's main Lua state, which never saw init's arguments.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("first-requests %d %.2f %.2f %.2f %d\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
