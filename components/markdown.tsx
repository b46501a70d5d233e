import ReactMarkdown from 'react-markdown';

/**
 * Release bodies are markdown written by staff or pasted from elsewhere.
 * react-markdown builds React elements and ignores raw HTML, so nothing in a body can run as script.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-release" data-prose>
      <ReactMarkdown
        skipHtml
        urlTransform={(url) => (/^(https?:|mailto:|tel:|\/|#)/i.test(url) ? url : '')}
        components={{ h1: 'h2' }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
