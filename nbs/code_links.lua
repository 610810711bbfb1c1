-- nbdev's doclinks also write Markdown links into show_doc's signature blocks, where a code block shows them as
-- source text: # `DataLoaders`, e.g. from [`mnist_dls`](https://.../data.html#mnist_dls). Turn them back into
-- `mnist_dls`, as tools/docs.py does for the offline build.
function CodeBlock(el)
  el.text = el.text:gsub("%[(`[^`\n]+`)%]%([^)%s]+%)", "%1")
  return el
end
