-- wrk script: each request keeps one record for a new data subject `s-<thread>-<n>`.
-- wrk.path is /api/v1/orgs/<org>/vault/records; the token comes in the Authorization header.
local id = 0
local n = 0
local threads = {}

-- wrk.format replaces wrk.headers when given headers: keep the -H ones.
local function json_headers()
  local h = {}
  for k, v in pairs(wrk.headers) do h[k] = v end
  h["content-type"] = "application/json"
  return h
end

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  id = wrk.thread:get("id")
end

function request()
  n = n + 1
  wrk.thread:set("n", n)
  local body = string.format(
    '{"collection":"bench","subject":"s-%d-%d","purpose":"bench",' ..
    '"fields":{"ho_ten":"Nguyen Van %d","so_dien_thoai":"0912%06d","ghi_chu":"khach hang than thiet"}}',
    id, n, n, n % 1000000)
  return wrk.format("POST", nil, json_headers(), body)
end

function done(summary, latency, requests)
  local f = io.open(os.getenv("COUNTS") or "/dev/null", "w")
  for _, t in ipairs(threads) do
    f:write(string.format("%d %d\n", t:get("id"), t:get("n") or 0))
  end
  f:close()
end
