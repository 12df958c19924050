-- Replays requests signed in advance, one per request: each line of the file is a path with its query, then
-- optional headers, separated by tabs. Thread k of n takes lines k, k+n, k+2n, ...; a thread that runs out starts
-- over, and the service refuses the repeated nonces (counted as errors, so a short supply shows).
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  local file, threads = args[1], tonumber(args[2])
  requests, position = {}, 0
  local i = 0
  for line in io.lines(file) do
    if i % threads == id then
      local path, headers = nil, {}
      for field in string.gmatch(line, "[^\t]+") do
        if path == nil then
          path = field
        else
          local name, value = string.match(field, "^([^:]+): (.*)$")
          headers[name] = value
        end
      end
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
    i = i + 1
  end
end

function request()
  position = position + 1
  if position > #requests then
    position = 1
  end
  return requests[position]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests":%d,"duration_us":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,'
      .. '"status_errors":%d,"timeouts":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max))
end
