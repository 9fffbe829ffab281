#include "server/http/HttpStatus.h"

#include <QStringBuilder>

namespace Servery {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    case 507:
        return "Insufficient Storage";
    default:
        return "Unknown";
    }
}

static QByteArray explanation(int status)
{
    switch (status) {
    case 400:
        return "The server could not understand this request.";
    case 403:
        return "You don't have permission to open this.";
    case 404:
        return "There is nothing at this address.";
    case 405:
        return "This address does not accept that kind of request.";
    case 408:
        return "The request took too long to arrive.";
    case 413:
        return "The request body is larger than this server accepts.";
    case 414:
        return "The address is longer than this server accepts.";
    case 417:
        return "The server cannot meet the request's Expect header.";
    case 431:
        return "The request headers are larger than this server accepts.";
    case 500:
        return "Something went wrong on the server.";
    case 501:
        return "The server does not support this request.";
    case 503:
        return "The server is busy. Please try again in a moment.";
    case 505:
        return "This server speaks HTTP/1.0 and HTTP/1.1 only.";
    default:
        return {};
    }
}

QByteArray errorPage(int status)
{
    const QByteArray title = QByteArray::number(status) + " " + reasonPhrase(status);
    QByteArray page;
    page.reserve(400);
    page += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>";
    page += title;
    page += "</title><style>body{font-family:system-ui,sans-serif;margin:3em auto;max-width:32em;"
            "padding:0 1em;color:#222}h1{font-size:1.4em}</style></head>\n<body><h1>";
    page += title;
    page += "</h1>";
    const QByteArray text = explanation(status);
    if (!text.isEmpty()) {
        page += "<p>";
        page += text;
        page += "</p>";
    }
    page += "<hr><small>Servery</small></body></html>\n";
    return page;
}

} // namespace Servery
