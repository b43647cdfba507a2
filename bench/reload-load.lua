-- wrk script for bench/reload-load: each connection walks the URL list (one per line in the
-- file named by $URLS_FILE), and every thread tallies the status codes it saw.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  urls = {}
  for line in io.lines(os.getenv("URLS_FILE")) do
    if line ~= "" then table.insert(urls, line) end
  end
  counter = id * 7
  statuses = {}
end

function request()
  counter = counter + 1
  return wrk.format("GET", urls[(counter % #urls) + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local line = "statuses:"
  for status, count in pairs(total) do line = line .. " " .. status .. "=" .. count end
  print(line)
end
