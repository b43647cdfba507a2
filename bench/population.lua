-- wrk script for bench/run: every request is a random path of a population, read at init from
-- one or more files (one path a line) with a weight each:
--   POPULATION="articles.txt:70,filters.txt:20,searches.txt:10"
-- Each thread has its own random generator, seeded from POPULATION_SEED (default 1) and the
-- thread's number, and pre-formats every request once (wrk.format with the -H headers), so that a
-- request costs the client a table lookup. Each thread tallies the status codes it saw; done()
-- prints them as one line, "statuses: 200=12345 404=678".
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  lists, bounds, total = {}, {}, 0
  for spec in string.gmatch(os.getenv("POPULATION") or "", "[^,]+") do
    local file, weight = string.match(spec, "^(.-):(%d+)$")
    if not file then file, weight = spec, "1" end
    local requests = {}
    for line in io.lines(file) do
      if line ~= "" then requests[#requests + 1] = wrk.format("GET", line) end
    end
    if #requests == 0 then error("no paths in " .. file) end
    total = total + tonumber(weight)
    lists[#lists + 1] = requests
    bounds[#bounds + 1] = total
  end
  if total == 0 then error("POPULATION names no file with a weight") end
  math.randomseed(tonumber(os.getenv("POPULATION_SEED") or "1") * 7919 + id)
  statuses = {}
end

function request()
  local roll, i = math.random(total), 1
  while roll > bounds[i] do i = i + 1 end
  local requests = lists[i]
  return requests[math.random(#requests)]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total, codes = {}, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      if not total[status] then codes[#codes + 1] = status end
      total[status] = (total[status] or 0) + count
    end
  end
  table.sort(codes)
  local line = "statuses:"
  for _, status in ipairs(codes) do line = line .. " " .. status .. "=" .. total[status] end
  print(line)
end
