-- Replays requests signed in advance, one per request: each line of the file is a path with its query, then
-- optional headers, separated by tabs. Thread k of n takes lines k, k+n, k+2n, ...; a thread that runs out starts
-- over (the service refuses the repeated nonces) and counts each such request in "replayed", so the bench can tell
-- a supply that was too short from errors of the service.
local counter, threads = 0, {}
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  threads[#threads + 1] = thread
end

function init(args)
  local file, count = args[1], tonumber(args[2])
  requests, position, replayed = {}, 0, 0
  local i = 0
  for line in io.lines(file) do
    if i % count == id then
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
    replayed = replayed + 1
    return requests[(position - 1) % #requests + 1]
  end
  return requests[position]
end

function done(summary, latency, requests)
  local e, replayed = summary.errors, 0
  for _, thread in ipairs(threads) do
    replayed = replayed + thread:get("replayed")
  end
  io.write(string.format(
    'WRK {"requests":%d,"duration_us":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,'
      .. '"status_errors":%d,"timeouts":%d,"replayed":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,'
      .. '"max_us":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, replayed,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max))
end
