-- New search words on every request, as people type: wrk's request() builds each path from the
-- words given after `--` (bench/benchmark.py passes COMMON_WORDS), one word or now and then two,
-- plus a nonce, so neither the page cache nor a reused query plan can flatter the figure.
-- The JSON summary comes from wrk_report.lua beside this script (wrk takes a single script).
local folder = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
dofile(folder .. "wrk_report.lua")

local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local words = {}
local counter = 0
local run = tostring(os.time())

init = function(args)
  for _, word in ipairs(args) do
    words[#words + 1] = word
  end
  if #words == 0 then
    error("wrk_random_words.lua needs words after --")
  end
  math.randomseed(os.time() * 1000 + (thread_id or 0))
  -- The first draws of a fresh seed are poorly spread on some Lua builds.
  for _ = 1, 10 do math.random() end
end

local function pick(except)
  local word = words[math.random(#words)]
  while word == except and #words > 1 do
    word = words[math.random(#words)]
  end
  return word
end

request = function()
  counter = counter + 1
  local query = pick()
  if math.random(3) == 1 then
    query = query .. "+" .. pick(query)
  end
  local separator = wrk.path:find("?", 1, true) and "&" or "?"
  local path = string.format(
    "%s%sq=%s&nonce=%s-%s-%d", wrk.path, separator, query, run, thread_id or 0, counter)
  return wrk.format("GET", path)
end
