-- wrk script: radar searches through GET /api/v1/persons/search, sampled from real persons in the database
-- (file given by the environment variable RADAR_SAMPLES: CSV lines "name,dateOfBirth,bsn").
-- RADAR_MODE=name searches by name and date of birth, half of them with two letters of the name swapped (a typo);
-- RADAR_MODE=bsn searches by BSN. Prints p50/p95/p99 at the end.
local samples = {}
local mode = os.getenv("RADAR_MODE") or "name"
for line in io.lines(os.getenv("RADAR_SAMPLES")) do
  local name, dob, bsn = line:match("^([^,]*),([^,]*),([^,]*)$")
  if name and (mode ~= "bsn" or bsn ~= "none") then
    samples[#samples + 1] = {name = name, dob = dob, bsn = bsn}
  end
end
math.randomseed(os.time())

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function typo(s)
  if #s < 4 then return s end
  local i = math.random(2, #s - 2)
  local a, b = s:sub(i, i), s:sub(i + 1, i + 1)
  if not a:match("%a") or not b:match("%a") then return s end
  return s:sub(1, i - 1) .. b .. a .. s:sub(i + 2)
end

wrk.headers["Authorization"] = "Bearer demo-medewerker"

request = function()
  local s = samples[math.random(1, #samples)]
  if mode == "bsn" then
    return wrk.format("GET", "/api/v1/persons/search?bsn=" .. s.bsn)
  end
  local name = s.name
  if math.random() < 0.5 then name = typo(name) end
  return wrk.format("GET", "/api/v1/persons/search?name=" .. encode(name) .. "&dateOfBirth=" .. s.dob)
end

done = function(summary, latency, requests)
  io.write(string.format("%s searches: %d requests, %d errors (non-2xx %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    mode, summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
