// The chat page: sends what the person types or taps to the JSON API and shows the replies.
// Every string from the server goes into the page with textContent, never as HTML; the server's
// Content-Security-Policy allows this file as the only script.
(function () {
  'use strict';

  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('question');
  var send = document.getElementById('send');
  var canSpeak = 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
  var HOTLINES = /(^|[^0-9])(12333|110)(?![0-9])/;
  var NETWORK_TROUBLE = '网络不太好，没收到回答。请稍后再试，或者拨打 12333 问当地社保部门。';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { appendText(node, text); }
    return node;
  }

  // Plain text, with the hotline numbers as tel: links so that a tap dials them.
  function appendText(node, text) {
    var rest = String(text);
    var match;
    while ((match = HOTLINES.exec(rest)) !== null) {
      var start = match.index + match[1].length;
      node.appendChild(document.createTextNode(rest.slice(0, start)));
      var link = document.createElement('a');
      link.href = 'tel:' + match[2];
      link.textContent = match[2];
      node.appendChild(link);
      rest = rest.slice(start + match[2].length);
    }
    node.appendChild(document.createTextNode(rest));
  }

  function render(reply) {
    var box = el('section', 'bubble reply');
    box.tabIndex = -1;
    if (reply.warning) { box.appendChild(el('p', 'warning', reply.warning)); }
    if (reply.title) { box.appendChild(el('h2', 'title', reply.title)); }
    if (reply.heading) { box.appendChild(el('p', 'heading', reply.heading)); }
    (reply.paragraphs || []).forEach(function (p) { box.appendChild(el('p', 'text', p)); });
    if (reply.steps && reply.steps.length) {
      var steps = el('ol', 'steps');
      reply.steps.forEach(function (s) { steps.appendChild(el('li', null, s)); });
      box.appendChild(steps);
    }
    if (reply.listHeading) { box.appendChild(el('h3', 'list-heading', reply.listHeading)); }
    if (reply.list && reply.list.length) {
      var list = el('ul', 'list');
      reply.list.forEach(function (t) { list.appendChild(el('li', null, t)); });
      box.appendChild(list);
    }
    (reply.after || []).forEach(function (p) { box.appendChild(el('p', 'text', p)); });
    var spoken = box.textContent;
    // The end of the reminder dialog: the calendar file, which the phone's calendar imports.
    if (reply.download && reply.download.href) {
      var link = el('a', 'download', reply.download.label);
      link.href = reply.download.href;
      link.setAttribute('download', reply.download.file || '');
      link.setAttribute('type', 'text/calendar');
      box.appendChild(link);
    }
    if (reply.choices && reply.choices.length) {
      var choices = el('div', 'choices');
      choices.setAttribute('role', 'group');
      choices.setAttribute('aria-label', '可以点的按钮');
      reply.choices.forEach(function (row) {
        var line = el('div', 'row');
        row.forEach(function (c) {
          var button = el('button', 'choice ' + c.kind, c.label);
          button.type = 'button';
          button.setAttribute('data-choice', c.id);
          button.addEventListener('click', function () { choose(c); });
          line.appendChild(button);
        });
        choices.appendChild(line);
      });
      box.appendChild(choices);
    }
    // Below the buttons: what to do when none of them fits.
    (reply.footer || []).forEach(function (p) {
      box.appendChild(el('p', 'text', p));
      spoken += ' ' + p;
    });
    box.appendChild(speakButton(spoken));
    log.appendChild(box);
    return box;
  }

  // 朗读: reads the reply aloud in Mandarin where the browser can; hidden where it cannot.
  function speakButton(text) {
    var button = el('button', 'speak', '🔊 朗读');
    button.type = 'button';
    button.hidden = !canSpeak;
    button.setAttribute('aria-label', '朗读这条回答');
    button.addEventListener('click', function () {
      if (!canSpeak) { return; }
      if (window.speechSynthesis.speaking) {
        window.speechSynthesis.cancel();
        return;
      }
      var utterance = new window.SpeechSynthesisUtterance(text);
      utterance.lang = 'zh-CN';
      utterance.rate = 0.9;
      window.speechSynthesis.speak(utterance);
    });
    return button;
  }

  function showUser(text) {
    var bubble = el('p', 'bubble user', text);
    log.appendChild(bubble);
    return bubble;
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body)
    }).then(function (response) { return response.json(); });
  }

  // focus: move the keyboard focus to the first new reply (after a tap, so that Tab goes on from
  // there); scroll: bring it into view (not for the greeting, which stays under the page heading).
  function showReplies(data, focus, scroll) {
    var first = null;
    (data.replies || []).forEach(function (reply) {
      var box = render(reply);
      first = first || box;
    });
    if (first) {
      if (focus) { first.focus({ preventScroll: true }); }
      if (scroll !== false) { first.scrollIntoView({ block: 'start' }); }
    }
  }

  function failed() {
    showReplies({ replies: [{ paragraphs: [NETWORK_TROUBLE] }] }, false);
  }

  function ask(text) {
    var bubble = showUser(text);
    send.disabled = true;
    post('api/message', { text: text }).then(function (data) {
      // The server masks personal numbers; show what it kept, not what was typed.
      if (typeof data.question === 'string' && data.question !== '') { bubble.textContent = data.question; }
      showReplies(data, false);
    }).catch(failed).then(function () { send.disabled = false; });
  }

  function choose(choice) {
    showUser(choice.label);
    post('api/choice', { id: choice.id }).then(function (data) { showReplies(data, true); }).catch(failed);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    input.value = '';
    ask(text);
    input.focus();
  });

  // Enter sends; Shift+Enter starts a new line.
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
    }
  });

  fetch('api/start', { credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (data) { showReplies(data, false, false); })
    .catch(failed);
}());
