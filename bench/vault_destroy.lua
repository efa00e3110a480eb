-- wrk script: destroys the subjects `s-<thread>-<n>` that vault_write.lua kept, each once,
-- thread by thread as listed in $COUNTS ("<writer thread> <count>" lines); once through, it
-- repeats the last (410) until vault.sh stops it.
-- wrk.path is /api/v1/orgs/<org>/vault/subjects.
local todo = {}
local k = 0
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
  local me = wrk.thread:get("id")
  local nthreads = tonumber(os.getenv("WRK_THREADS") or "2")
  local j = 0
  for line in io.lines(os.getenv("COUNTS")) do
    local w, c = line:match("(%d+) (%d+)")
    for n = 1, tonumber(c) do
      if j % nthreads == me then
        table.insert(todo, string.format("s-%s-%d", w, n))
      end
      j = j + 1
    end
  end
end

function request()
  k = k + 1
  if k > #todo then
    k = #todo
  end
  return wrk.format("POST", wrk.path .. "/" .. todo[k] .. "/destroy",
    json_headers(), '{"reason":"Het thoi han luu tru"}')
end
