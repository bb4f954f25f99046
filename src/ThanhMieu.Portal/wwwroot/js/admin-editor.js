// Article editor: live Markdown preview, an unsaved copy of the form kept in this browser, and a slug suggestion.
// Loaded as a file (the content security policy allows no inline scripts) and written without libraries.
(function () {
  "use strict";

  var STORAGE_PREFIX = "tm.article-draft:";
  var PREVIEW_DELAY_MS = 400;
  var STORE_DELAY_MS = 500;
  var SLUG_MAX_LENGTH = 80;
  // Fields that describe the page rather than the user's work, so they are neither kept nor restored.
  var SKIPPED_FIELDS = { "__RequestVerificationToken": true, "ConcurrencyStamp": true };

  function storage() {
    // Private browsing or a full quota can make localStorage throw; the editor then simply works without copies.
    try {
      var probe = STORAGE_PREFIX + "probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function debounce(fn, delay) {
    var timer = null;
    return function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fn, delay);
    };
  }

  // Mirrors Slugifier.Slugify on the server: "Đền Tam Giang" -> "den-tam-giang".
  function slugify(text) {
    var plain = (text || "")
      .replace(/đ/g, "d").replace(/Đ/g, "D")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    if (plain.length > SLUG_MAX_LENGTH) {
      plain = plain.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
    }
    return plain;
  }

  function readFields(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      var name = element.name;
      if (!name || SKIPPED_FIELDS[name] || element.disabled || element.readOnly || element.type === "submit" || element.type === "button") {
        return;
      }
      if (element.type === "checkbox" || element.type === "radio") {
        values[name] = values[name] || [];
        if (element.checked) {
          values[name].push(element.value);
        }
        return;
      }
      values[name] = element.value;
    });
    return values;
  }

  function writeFields(form, values) {
    Array.prototype.forEach.call(form.elements, function (element) {
      var name = element.name;
      if (!name || SKIPPED_FIELDS[name] || !Object.prototype.hasOwnProperty.call(values, name)) {
        return;
      }
      var value = values[name];
      if (element.type === "checkbox" || element.type === "radio") {
        element.checked = Array.isArray(value) && value.indexOf(element.value) >= 0;
      } else if (typeof value === "string") {
        element.value = value;
      }
    });
  }

  function sameFields(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function formatTime(ms) {
    try {
      return new Date(ms).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric" });
    } catch (e) {
      return new Date(ms).toLocaleString();
    }
  }

  function setUpPreview(form) {
    var body = form.querySelector("[data-body]");
    var preview = form.querySelector("[data-preview]");
    var status = form.querySelector("[data-preview-status]");
    var url = form.getAttribute("data-preview-url");
    var tokenField = form.querySelector("input[name=__RequestVerificationToken]");
    if (!body || !preview || !url || !tokenField || !window.fetch) {
      return function () {};
    }

    var pending = null;
    var refresh = function () {
      if (pending && pending.abort) {
        pending.abort();
      }
      pending = window.AbortController ? new window.AbortController() : null;
      var data = new FormData();
      data.append("BodyMarkdown", body.value);
      data.append("__RequestVerificationToken", tokenField.value);
      window.fetch(url, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "RequestVerificationToken": tokenField.value },
        signal: pending ? pending.signal : undefined
      }).then(function (response) {
        return response.text().then(function (text) {
          if (!response.ok) {
            throw new Error(response.status === 400 && text && text.charAt(0) !== "<" ? text : "Không xem trước được lúc này.");
          }
          // The server renders and sanitises the HTML exactly as a save would; scripts cannot run under the CSP.
          preview.innerHTML = text;
          if (status) {
            status.textContent = "";
          }
        });
      }).catch(function (error) {
        if (error && error.name === "AbortError") {
          return;
        }
        if (status) {
          status.textContent = (error && error.message) || "Không xem trước được lúc này.";
        }
      });
    };

    body.addEventListener("input", debounce(refresh, PREVIEW_DELAY_MS));
    return refresh;
  }

  function setUpSlugSuggestion(form) {
    var title = form.querySelector("[data-title]");
    var slug = form.querySelector("[data-slug]");
    if (!title || !slug) {
      return;
    }
    // A slug already set (an existing article, or one the user typed) is left alone: changing it changes a public URL.
    var touched = slug.value.trim().length > 0;
    var suggested = "";
    slug.addEventListener("input", function () {
      // Emptying the field hands it back to the suggestion.
      touched = slug.value !== "" && slug.value !== suggested;
    });
    title.addEventListener("input", function () {
      if (!touched) {
        suggested = slugify(title.value);
        slug.value = suggested;
      }
    });
  }

  function setUpDraftCopy(form, store, refreshPreview) {
    var key = STORAGE_PREFIX + (form.getAttribute("data-draft-key") || "new");
    var offer = document.querySelector("[data-draft-offer]");
    var loadedAt = Date.parse(form.getAttribute("data-updated-at") || "") || 0;

    var clear = form.getAttribute("data-clear-drafts");
    if (clear) {
      // The page after a successful save: the copies that save covered are obsolete.
      clear.split(",").forEach(function (draftKey) {
        store.removeItem(STORAGE_PREFIX + draftKey.trim());
      });
    }

    var initial = readFields(form);
    var stored = null;
    try {
      stored = JSON.parse(store.getItem(key) || "null");
    } catch (e) {
      stored = null;
    }

    if (stored && stored.fields && stored.savedAt > loadedAt && !sameFields(stored.fields, initial) && offer) {
      showOffer(offer, stored, function () {
        writeFields(form, stored.fields);
        refreshPreview();
      }, function () {
        store.removeItem(key);
      });
    }

    var keep = debounce(function () {
      var fields = readFields(form);
      if (sameFields(fields, initial)) {
        store.removeItem(key);
        return;
      }
      try {
        store.setItem(key, JSON.stringify({ savedAt: Date.now(), fields: fields }));
      } catch (e) {
        // Quota exceeded: keeping the copy is a convenience, not a guarantee.
      }
    }, STORE_DELAY_MS);
    form.addEventListener("input", keep);
    form.addEventListener("change", keep);
  }

  function showOffer(region, stored, onRestore, onDismiss) {
    var box = document.createElement("div");
    box.className = "draft-offer";
    var text = document.createElement("p");
    text.textContent = "Có bản chưa lưu từ " + formatTime(stored.savedAt) + " trên trình duyệt này. Bạn muốn khôi phục bản đó vào biểu mẫu?";
    var restore = document.createElement("button");
    restore.type = "button";
    restore.className = "button";
    restore.textContent = "Khôi phục";
    var dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "button secondary";
    dismiss.textContent = "Bỏ qua";

    function close(message) {
      box.textContent = "";
      var done = document.createElement("p");
      done.textContent = message;
      box.appendChild(done);
    }

    restore.addEventListener("click", function () {
      onRestore();
      close("Đã khôi phục bản chưa lưu vào biểu mẫu. Hãy kiểm tra rồi bấm “Lưu bài viết”.");
    });
    dismiss.addEventListener("click", function () {
      onDismiss();
      close("Đã bỏ qua bản chưa lưu.");
    });

    box.appendChild(text);
    box.appendChild(restore);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(dismiss);
    region.appendChild(box);
  }

  function init() {
    var store = storage();
    Array.prototype.forEach.call(document.querySelectorAll("form[data-article-editor]"), function (form) {
      var refreshPreview = setUpPreview(form);
      setUpSlugSuggestion(form);
      if (store) {
        setUpDraftCopy(form, store, refreshPreview);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
