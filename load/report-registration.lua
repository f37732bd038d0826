-- wrk script: registers reports through POST /api/v1/reports, each about a new household (random valid BSN and
-- surname), as the demo case worker. The access log is on, as always.
math.randomseed(os.time())

local function bsn()
  while true do
    local d, sum = {}, 0
    for i = 1, 8 do
      d[i] = math.random(i == 1 and 1 or 0, 9)
      sum = sum + (10 - i) * d[i]
    end
    local last = sum % 11
    if last < 10 then
      return table.concat(d) .. last
    end
  end
end

local function surname()
  local letters = "abcdefghijklmnopqrstuvwxyz"
  local s = {}
  for i = 1, 8 do
    local k = math.random(1, #letters)
    s[i] = letters:sub(k, k)
  end
  return "Last" .. table.concat(s)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer demo-medewerker"

request = function()
  local name = surname()
  local body = string.format([[{"receivedAt":"2026-04-30T10:15:00+02:00","channel":"PHONE",
 "reporter":{"type":"PROFESSIONAL","category":"EDUCATION","name":"A. Voorbeeld","organisation":"Basisschool De Voorbeeld","phone":"0301234567","anonymous":false},
 "household":{"postcode":"3511AB","houseNumber":"12","municipalityCode":"GM0344"},
 "persons":[{"role":"CHILD","bsn":"%s","surname":"%s","givenNames":"Sem","dateOfBirth":"2017-03-01"},
            {"role":"ALLEGED_PERPETRATOR","surname":"%s","givenNames":"Piet","dateOfBirth":"1985-06-12","postcode":"3511AB","houseNumber":"12"}],
 "violenceTypes":["CHILD_ABUSE"],"concern":"Belastingtest: zorg over de veiligheid van het kind.","acuteDanger":false}]], bsn(), name, name)
  return wrk.format(nil, "/api/v1/reports", nil, body)
end

local created, other = 0, 0
response = function(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end
